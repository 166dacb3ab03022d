package vn.lantoa.newsroom.web;

import java.util.List;
import vn.lantoa.newsroom.internal.TextDiff;

/** View model of {@code newsroom/diff.jte}: revision {@code from} against revision {@code to}. */
public record RevisionDiffPage(
        long articleId,
        String title,
        int from,
        int to,
        List<TextDiff.Line> titleDiff,
        List<TextDiff.Line> summaryDiff,
        List<TextDiff.Line> bodyDiff) {}
