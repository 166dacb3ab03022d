package vn.lantoa.sharing;

/** What a member logged: a share of an official article, or a rebuttal comment they posted. */
public enum ActionKind {
    SHARE,
    REBUTTAL
}
