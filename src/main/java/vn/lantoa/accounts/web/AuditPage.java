package vn.lantoa.accounts.web;

import java.util.List;
import vn.lantoa.accounts.internal.AuditLog;

/** View model of {@code accounts/audit.jte}: the filters as typed and one page of entries. */
public record AuditPage(
        List<AuditLog.Entry> entries, String username, String action, String target, String from, String to, int page) {

    public boolean hasNext() {
        return entries.size() == AuditLog.PAGE_SIZE;
    }
}
