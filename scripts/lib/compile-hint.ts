/**
 * V8's explicit compile hint (Chrome 136+): at the top of a script, it has Chrome compile all the
 * script's functions with it rather than each at its first call. The build puts it on the probe
 * (`wxt.config.ts`); `npm run bench:page` on its detection test script, to time detection as the probe meets it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
