package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;

/**
 * Campaigns in the back office: EDITOR, UNIT_MANAGER and ADMIN create them within their unit
 * subtree; every article must be ours or from an official source.
 */
@Service
public class CampaignAdmin {

    static final Set<Role> MAY_MANAGE = Set.of(Role.ADMIN, Role.EDITOR, Role.UNIT_MANAGER);

    /** The form of a new campaign; times are local (Asia/Ho_Chi_Minh). */
    public record CampaignForm(
            String title,
            String message,
            Long topicId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime startsAt,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime endsAt,

            List<Long> articleIds,
            String externalUrls,
            List<Long> unitIds,
            List<Long> groupIds) {

        public static CampaignForm empty(Clock clock) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(Zone.VIETNAM))
                    .withSecond(0)
                    .withNano(0);
            return new CampaignForm("", "", null, now, now.plusDays(7), List.of(), "", List.of(), List.of());
        }

        public boolean picked(List<Long> ids, long id) {
            return ids != null && ids.contains(id);
        }
    }

    /** What the form offers: topics, recent articles, units and groups in the user's scope. */
    public record Choices(
            List<CampaignRepository.Topic> topics,
            List<ArticleCard> articles,
            List<MemberDirectory.UnitOption> units,
            List<MemberDirectory.GroupOption> groups) {}

    public record Participation(
            CampaignView campaign,
            List<MemberDirectory.MemberRow> silent,
            long audience,
            long active,
            long shares,
            long rebuttals) {}

    private final CampaignRepository campaigns;
    private final MemberDirectory members;
    private final LinkInspector links;
    private final ArticleCatalog articles;
    private final ApplicationEventPublisher events;
    private final LanToaProperties properties;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    CampaignAdmin(
            CampaignRepository campaigns,
            MemberDirectory members,
            LinkInspector links,
            ArticleCatalog articles,
            ApplicationEventPublisher events,
            LanToaProperties properties,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.links = links;
        this.articles = articles;
        this.events = events;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Choices choices(CurrentUser user) {
        List<Long> scope = scope(user);
        return new Choices(
                campaigns.topics(), articles.latest(50), members.unitsOf(scope), members.groupOptions(scope));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(CurrentUser user) {
        return user.isAdmin() ? campaigns.all() : campaigns.ownedBy(scope(user));
    }

    /** Creates the campaign or throws with every problem of the form, field by field (message keys). */
    @Transactional
    public long create(CurrentUser user, CampaignForm form) {
        List<Long> scope = scope(user);
        Map<String, FieldMessage> errors = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.length() < 3 || title.length() > 200) {
            errors.put("title", new FieldMessage("campaign.error.title"));
        }
        if (form.topicId() == null || campaigns.topics().stream().noneMatch(t -> t.id() == form.topicId())) {
            errors.put("topicId", new FieldMessage("campaign.error.topic"));
        }
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            errors.put("endsAt", new FieldMessage("campaign.error.period"));
        }
        List<Long> unitIds = form.unitIds() == null ? List.of() : form.unitIds();
        List<Long> groupIds = form.groupIds() == null ? List.of() : form.groupIds();
        List<Long> scopedGroups = members.groupOptions(scope).stream()
                .map(MemberDirectory.GroupOption::id)
                .toList();
        if (!scope.containsAll(unitIds) || !scopedGroups.containsAll(groupIds)) {
            throw new NotFoundException();
        }
        if (unitIds.isEmpty() && groupIds.isEmpty()) {
            errors.put("targets", new FieldMessage("campaign.error.targets"));
        }
        List<ResolvedArticle> resolved = new ArrayList<>();
        for (Long articleId : form.articleIds() == null ? List.<Long>of() : form.articleIds()) {
            articles.findPublishedById(articleId)
                    .ifPresentOrElse(
                            a -> {
                                String url =
                                        ArticleUrls.absolute(properties.site().baseUrl(), a.slug());
                                resolved.add(new ResolvedArticle(
                                        a.id(),
                                        url,
                                        links.inspect("articleIds", url).canonical(),
                                        a.title(),
                                        properties.site().name()));
                            },
                            () -> errors.put("articleIds", new FieldMessage("campaign.error.article")));
        }
        for (String line : (form.externalUrls() == null ? "" : form.externalUrls()).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                InspectedLink link = links.inspect("externalUrls", line);
                if (!link.official()) {
                    errors.put("externalUrls", new FieldMessage("campaign.error.notOfficial", line.strip()));
                } else {
                    resolved.add(
                            new ResolvedArticle(null, link.input(), link.canonical(), link.input(), link.sourceName()));
                }
            } catch (SharingException e) {
                errors.put("externalUrls", new FieldMessage("campaign.error.malformed", line.strip()));
            }
        }
        if (resolved.isEmpty() && !errors.containsKey("externalUrls") && !errors.containsKey("articleIds")) {
            errors.put("articleIds", new FieldMessage("campaign.error.noArticle"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCampaign(errors);
        }
        long owner = user.scopeUnitId() != null
                ? user.scopeUnitId()
                : members.firstRoot().orElseThrow();
        Instant starts = form.startsAt().atZone(Zone.VIETNAM).toInstant();
        Instant ends = form.endsAt().atZone(Zone.VIETNAM).toInstant();
        String message = form.message() == null ? "" : form.message().strip();
        long id = campaigns.insert(title, message, form.topicId(), owner, user.id(), starts, ends);
        for (int i = 0; i < resolved.size(); i++) {
            ResolvedArticle a = resolved.get(i);
            campaigns.addArticle(id, i, a.articleId(), a.url(), a.canonical(), a.title(), a.source());
        }
        unitIds.forEach(u -> campaigns.addTarget(id, u, null));
        groupIds.forEach(g -> campaigns.addTarget(id, null, g));
        events.publishEvent(AuditEvent.of("campaign.create", "campaign", id, title));
        return id;
    }

    /** Who was asked and who acted: the audience, members with at least one action, counts. */
    @Transactional(readOnly = true)
    public Participation participation(CurrentUser user, long campaignId) {
        CampaignView campaign = campaigns
                .find(campaignId)
                .filter(c -> user.isAdmin() || scope(user).contains(c.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException());
        List<Long> targetUnits = jdbc.sql(
                        "SELECT unit_id FROM shr_campaign_target WHERE campaign_id = ? AND unit_id IS NOT NULL")
                .param(campaignId)
                .query(Long.class)
                .list();
        List<Long> targetGroups = jdbc.sql(
                        "SELECT group_id FROM shr_campaign_target WHERE campaign_id = ? AND group_id IS NOT NULL")
                .param(campaignId)
                .query(Long.class)
                .list();
        List<Long> units = targetUnits.stream()
                .flatMap(u -> members.subtree(u).stream())
                .distinct()
                .toList();
        List<MemberDirectory.MemberRow> audience = members.audience(units, targetGroups);
        List<Long> acted = jdbc.sql(
                        "SELECT DISTINCT member_id FROM shr_action WHERE campaign_id = ? AND state <> 'REJECTED'")
                .param(campaignId)
                .query(Long.class)
                .list();
        long shares = count(campaignId, "SHARE");
        long rebuttals = count(campaignId, "REBUTTAL");
        List<MemberDirectory.MemberRow> silent =
                audience.stream().filter(m -> !acted.contains(m.memberId())).toList();
        return new Participation(campaign, silent, audience.size(), audience.size() - silent.size(), shares, rebuttals);
    }

    /**
     * Reminds every member of the campaign's audience who has not acted yet; at most once a day per
     * member and campaign. Returns how many reminders were sent now.
     */
    @Transactional
    public int remind(CurrentUser user, long campaignId) {
        Participation participation = participation(user, campaignId);
        if (!participation.campaign().activeAt(clock.instant())) {
            return 0;
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(Zone.VIETNAM));
        List<Long> reminded = new ArrayList<>();
        for (MemberDirectory.MemberRow member : participation.silent()) {
            int inserted = jdbc.sql("""
                    INSERT INTO shr_reminder (campaign_id, member_id, sent_by, sent_on, sent_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(campaignId, member.memberId(), user.id(), today, java.time.OffsetDateTime.now(clock))
                    .update();
            if (inserted > 0) {
                reminded.add(member.memberId());
            }
        }
        if (!reminded.isEmpty()) {
            events.publishEvent(new vn.lantoa.sharing.RemindersSent(
                    campaignId, participation.campaign().title(), reminded));
            events.publishEvent(AuditEvent.of("campaign.remind", "campaign", campaignId, reminded.size() + " members"));
        }
        return reminded.size();
    }

    private long count(long campaignId, String kind) {
        return jdbc.sql("SELECT count(*) FROM shr_action WHERE campaign_id = ? AND kind = ? AND state <> 'REJECTED'")
                .params(campaignId, kind)
                .query(Long.class)
                .single();
    }

    private record ResolvedArticle(Long articleId, String url, String canonical, String title, String source) {}

    /** The unit ids the user may act on; 403 for roles that may not manage campaigns. */
    List<Long> scope(CurrentUser user) {
        if (user.roles().stream().noneMatch(MAY_MANAGE::contains)) {
            throw new ForbiddenException();
        }
        if (user.isAdmin()) {
            return members.allUnits();
        }
        return user.scopeUnitId() == null ? List.of() : members.subtree(user.scopeUnitId());
    }

    /** A message of the sharing bundle for one field of the form, with the values it names. */
    public record FieldMessage(String key, Object... args) {}

    /** Field → what is wrong with it. */
    public static final class InvalidCampaign extends RuntimeException {
        private final transient Map<String, FieldMessage> errors;

        InvalidCampaign(Map<String, FieldMessage> errors) {
            super("invalid campaign " + errors.keySet());
            this.errors = Map.copyOf(errors);
        }

        public Map<String, FieldMessage> errors() {
            return errors;
        }
    }
}
