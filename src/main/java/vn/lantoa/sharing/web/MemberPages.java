package vn.lantoa.sharing.web;

import java.util.List;
import java.util.Map;
import vn.lantoa.sharing.internal.ActionView;
import vn.lantoa.sharing.internal.CampaignView;
import vn.lantoa.sharing.internal.MemberArea;

/** View models of the member area's templates. */
public final class MemberPages {

    private MemberPages() {}

    /** {@code sharing/member-home.jte}: "Việc cần làm". */
    public record Home(MemberArea.Overview overview, String baseUrl) {}

    /** {@code sharing/log.jte}: the form to log a share or a rebuttal. */
    public record Log(
            boolean rebuttal,
            List<CampaignView> campaigns,
            LogForm form,
            String idempotencyKey,
            Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** {@code sharing/log-result.jte}. */
    public record Result(ActionView action, boolean duplicate) {}

    /** {@code sharing/history.jte}. */
    public record History(List<ActionView> actions, MemberArea.Totals totals) {}

    /** {@code sharing/not-member.jte}. */
    public record NotMember() {}

    /** The fields of both forms; unused ones stay empty. */
    public record LogForm(
            String postUrl, String articleUrl, Long campaignId, String targetUrl, String text, String idempotencyKey) {

        public static LogForm empty(Long campaignId) {
            return new LogForm("", "", campaignId, "", "", null);
        }

        public String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
