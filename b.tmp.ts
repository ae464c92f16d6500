import { wordTags } from './analysis/lexicon';
for (const w of ['save','tackle','join','say','remain','assist','sack','block','steal','shot','rebound','kick','punt','catch','win','loss','pass','hit','run','walk','strike','touchdown','score']) console.log(w, wordTags(w));
