import { describe, expect, it } from 'vitest';
import { hostKind, hostOf } from './page-data';

describe('hostKind', () => {
  it('tells blogging platforms and institutions by the host, and nothing else', () => {
    const kind = (url: string) => hostKind(hostOf(url));
    expect(kind('https://zweigewinnt.wordpress.com/2019/06/02/post/')).toBe('blog');
    expect(kind('https://someone.blogspot.com/2020/01/post.html')).toBe('blog');
    expect(kind('https://www.rutgers.edu/news/robot')).toBe('institution');
    expect(kind('https://www.gov.uk/government/news/x')).toBe('institution');
    expect(kind('https://jis.gov.jm/investment')).toBe('institution');
    expect(kind('https://www.ox.ac.uk/news/2020-01-01-x')).toBe('institution');
    expect(kind('https://www.bmas.bund.de/x')).toBe('institution');
    // News outlets, and hosts that only contain the words.
    expect(kind('https://www.bbc.com/news/world-52241221')).toBe('');
    expect(kind('https://citylimits.org/2023/11/08/video/')).toBe('');
    expect(kind('https://wordpress.com.example.net/x')).toBe('');
    expect(kind('https://education.com/article')).toBe('');
    expect(kind('not an address')).toBe('');
  });
});
