package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.CurrentUser;

/** What the member area shows a member: the campaigns for them, their history and totals. */
@Service
public class MemberArea {

    private final CampaignRepository campaigns;
    private final ActionRepository actions;
    private final MemberDirectory members;
    private final Clock clock;

    MemberArea(CampaignRepository campaigns, ActionRepository actions, MemberDirectory members, Clock clock) {
        this.campaigns = campaigns;
        this.actions = actions;
        this.members = members;
        this.clock = clock;
    }

    /** The member's own figures; shares and rebuttals counted verified and self-reported side by side. */
    public record Totals(long shares, long sharesVerified, long rebuttals, long rebuttalsVerified) {}

    public record Overview(String fullName, String unitName, List<CampaignView> campaigns, Totals totals) {}

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user) {
        MemberDirectory.Profile member = profile(user);
        ActionRepository.Totals t = actions.totalsOfMember(member.memberId());
        return new Overview(
                member.fullName(),
                member.unitName(),
                activeCampaigns(member),
                new Totals(t.shares(), t.sharesVerified(), t.rebuttals(), t.rebuttalsVerified()));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> activeCampaigns(CurrentUser user) {
        return activeCampaigns(profile(user));
    }

    @Transactional(readOnly = true)
    public List<ActionView> history(CurrentUser user, int limit) {
        return actions.ofMember(profile(user).memberId(), limit);
    }

    private List<CampaignView> activeCampaigns(MemberDirectory.Profile member) {
        return campaigns.activeFor(
                members.ancestry(member.unitId()), members.groupsOf(member.memberId()), clock.instant());
    }

    private MemberDirectory.Profile profile(CurrentUser user) {
        if (user == null || user.memberId() == null) {
            throw new SharingException.NotAMember();
        }
        return members.profile(user.memberId()).orElseThrow(() -> new SharingException.NotAMember());
    }
}
