package vn.lantoa.platform;

import java.util.List;

/**
 * What LanToa holds about one person, gathered from the modules that hold it (Law 91/2025 on
 * personal data protection): the person sees and downloads it ({@code /tai-khoan/du-lieu-ca-nhan}),
 * and an administrator erases it for a member who left. Each module contributes a {@link Source}
 * bean, the way {@code PublicFrame.Source} and {@code BackOffice.Contributor} work, so no module
 * knows another's tables.
 */
public final class PersonalData {

    private PersonalData() {}

    /** A moment as the sections show it (Vietnamese time), {@code ""} for none. */
    public static String at(java.sql.Timestamp moment) {
        return moment == null ? "" : Zone.DATE_TIME.format(moment.toInstant());
    }

    /** A value as the sections show it, {@code ""} for none. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The person: an account, a member record, or both (a member who signs in).
     *
     * @param userId the account ({@code accounts}), or {@code null}
     * @param memberId the member record ({@code organization}), or {@code null}
     */
    public record Subject(Long userId, Long memberId) {}

    /**
     * One part of what is held, as a table.
     *
     * @param key a stable name (the JSON download's key)
     * @param titleKey the message key of its heading
     * @param columnKeys the message keys of its columns
     * @param rows each row's values as shown, in the columns' order ({@code ""} for none)
     */
    public record Section(String key, String titleKey, List<String> columnKeys, List<List<String>> rows) {

        public Section {
            columnKeys = List.copyOf(columnKeys);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A module's part: what it holds about the subject, and how it forgets it. */
    public interface Source {

        /** Sections in display order; none if the module holds nothing about the subject. */
        List<Section> of(Subject subject);

        /**
         * Removes or replaces what identifies the person, inside the caller's transaction; what
         * must stay for the figures (the actions a member logged) stays, no longer tied to a name.
         *
         * @return the rows changed
         */
        default int erase(Subject subject) {
            return 0;
        }
    }
}
