import { findNumericClaims } from './analysis/claims';
for (const t of [
 'found Sunday 475 pounds (215.5 kilos) of cocaine concealed inside.',
 'With 475 Pounds of Cocaine Intercepted by Federal Agents',
 'while Boston went 2-for-10. He shot 10-for-27 from the field.',
 'quickly shifted to the 7-foot-3 Kristaps Porzingis.',
 'The Sixers went 0-for-9 from three-point range in the period.',
 'with thousands upon thousands of sellers, multiplied by many',
 'led one Commons Tory rebellion over post-Brexit food standards.',
 'the path looks clear to scale up to 80TB.',
 'paves the way to 80TB hard drives.',
 'to be held June 6-10 in Los Angeles',
 'At about the 50-second mark, he reaches',
 'the fellow 5-1 Boston Celtics Wednesday night',
 'had two “choice targets” – namely',
 'The display also had two choice targets.',
 'reached at least 1.5 to 2 degrees Celsius',
 'temperature of negative six-point-six degrees Celsius',
]) console.log(JSON.stringify(findNumericClaims(t).map(c=>c.text)), '<=', t);
