package vn.lantoa.sharing.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A campaign as each logged action is checked against it: its dates, targets and articles. Read
 * once and kept in memory for a minute, so logging a share does not read the campaign again each
 * time. Campaigns are not edited once created (there is no such feature); a campaign not found is
 * not remembered, so a new one is seen at once on every node. Whether it is open is decided on
 * every call against the clock, so a campaign closes on time.
 */
@Component
class CampaignTargeting {

    /**
     * What a member's action is checked against. {@code byCanonical} finds the campaign's article
     * whatever variant of its link the member pasted; it is worked out once, when the campaign is
     * read, not on every action.
     */
    record Targets(
            Instant startsAt,
            Instant endsAt,
            Set<Long> unitIds,
            Set<Long> groupIds,
            List<CampaignView.Article> articles,
            Map<String, CampaignView.Article> byCanonical) {

        Targets {
            unitIds = Set.copyOf(unitIds);
            groupIds = Set.copyOf(groupIds);
            articles = List.copyOf(articles);
            byCanonical = Map.copyOf(byCanonical);
        }

        /** Open at {@code now} and aimed at the member's unit, one of its ancestors, or one of their groups. */
        boolean openTo(MemberDirectory.Membership member, Instant now) {
            return !now.isBefore(startsAt)
                    && now.isBefore(endsAt)
                    && (member.unitLine().stream().anyMatch(unitIds::contains)
                            || member.groupIds().stream().anyMatch(groupIds::contains));
        }
    }

    static final Duration KEPT = Duration.ofMinutes(1);

    private final CampaignRepository campaigns;
    private final LinkInspector links;
    private final Cache<Long, Targets> known =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(KEPT).build();

    CampaignTargeting(CampaignRepository campaigns, LinkInspector links) {
        this.campaigns = campaigns;
        this.links = links;
    }

    /** The campaign when it is open to the member at {@code now}. */
    Optional<Targets> openTo(long campaignId, MemberDirectory.Membership member, Instant now) {
        Targets targets = known.getIfPresent(campaignId);
        if (targets == null) {
            targets = campaigns.find(campaignId).map(this::targets).orElse(null);
            if (targets == null) {
                return Optional.empty();
            }
            known.put(campaignId, targets);
        }
        return targets.openTo(member, now) ? Optional.of(targets) : Optional.empty();
    }

    private Targets targets(CampaignView campaign) {
        Map<String, CampaignView.Article> byCanonical = new HashMap<>();
        for (CampaignView.Article a : campaign.articles()) {
            try {
                byCanonical.putIfAbsent(links.inspect("articleUrl", a.url()).canonical(), a);
            } catch (SharingException e) {
                // A stored link that no longer reads as one cannot be chosen by link.
            }
        }
        CampaignRepository.TargetIds ids = campaigns.targetIds(campaign.id());
        return new Targets(
                campaign.startsAt(), campaign.endsAt(), ids.units(), ids.groups(), campaign.articles(), byCanonical);
    }
}
