package dev.lockstep.parse;

/** Inline features a translation must carry over from its source. */
public enum InlineKind {
    LINK, IMAGE, AUTOLINK, CODE, EMPHASIS, STRONG, MARK, KEYS, HTML_TAG, FOOTNOTE_REF, ATTR_LIST, ICON
}
