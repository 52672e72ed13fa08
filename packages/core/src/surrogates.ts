// A UTF-16 code unit that UTF-8 cannot encode: a high surrogate not followed by a low one, or a low
// one not preceded by a high one. Global for replace(); use search(), which ignores lastIndex, to test.
export const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
