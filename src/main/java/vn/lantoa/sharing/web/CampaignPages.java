package vn.lantoa.sharing.web;

import java.util.List;
import java.util.Map;
import vn.lantoa.sharing.internal.CampaignAdmin;
import vn.lantoa.sharing.internal.CampaignView;

/** View models of the back-office campaign pages. */
public final class CampaignPages {

    private CampaignPages() {}

    /** {@code sharing/admin-campaigns.jte}. */
    public record List_(List<CampaignView> campaigns, java.time.Instant now) {}

    /** {@code sharing/admin-campaign-form.jte}. */
    public record Form(CampaignAdmin.CampaignForm form, CampaignAdmin.Choices choices, Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** {@code sharing/admin-campaign.jte}. */
    public record Detail(CampaignAdmin.Participation participation, boolean created, Integer reminded) {}
}
