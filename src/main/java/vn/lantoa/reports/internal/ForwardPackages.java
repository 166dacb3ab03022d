package vn.lantoa.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Zone;
import vn.lantoa.reports.internal.RefutationQueries.ClusterRow;
import vn.lantoa.reports.internal.RefutationQueries.ReportRow;

/** Builds a cluster's {@link ForwardPackage} and writes it as JSON. */
@Component
public class ForwardPackages {

    static final String COUNTING_RULE = "independent = distinct members, staff accounts and public contacts"
            + " (e-mail/phone), each once; public reports without contact are counted apart (withoutContact),"
            + " never as independent";

    private final RefutationQueries queries;
    private final ReporterContacts contacts;
    private final ReportedLinks links;
    private final LinkRechecks rechecks;
    private final ArticleCatalog catalog;
    private final MessageSource messages;
    private final LanToaProperties properties;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ForwardPackages(
            RefutationQueries queries,
            ReporterContacts contacts,
            ReportedLinks links,
            LinkRechecks rechecks,
            ArticleCatalog catalog,
            MessageSource messages,
            LanToaProperties properties,
            Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.links = links;
        this.rechecks = rechecks;
        this.catalog = catalog;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public ForwardPackage build(long clusterId) {
        ClusterRow cluster = queries.cluster(clusterId).orElseThrow();
        List<ReportRow> reports = queries.reports(clusterId);
        String category = cluster.category() != null
                ? cluster.category()
                : reports.stream()
                        .map(ReportRow::category)
                        .filter(c -> c != null)
                        .findFirst()
                        .orElse("other");
        ForwardPackage.Claim claim = null;
        if (cluster.claimId() != null) {
            String url = cluster.refutationArticleId() == null
                    ? null
                    : catalog.findPublishedById(cluster.refutationArticleId())
                            .map(a -> ArticleUrls.absolute(properties.site().baseUrl(), a.slug()))
                            .orElse(null);
            claim = new ForwardPackage.Claim(
                    cluster.statement(),
                    cluster.verdict().name(),
                    t("reports.vafc." + cluster.verdict().name()),
                    url);
        }
        return new ForwardPackage(
                ForwardPackage.FORMAT,
                clusterId,
                iso(clock.instant()),
                cluster.status(),
                new ForwardPackage.Category(category, t("reports.category." + category)),
                claim,
                reports.isEmpty() ? null : iso(reports.getFirst().at()),
                reports.isEmpty() ? null : iso(reports.getLast().at()),
                reporters(clusterId, reports.size()),
                links(clusterId),
                reports.stream()
                        .map(r ->
                                new ForwardPackage.ReportText(r.trackingCode(), iso(r.at()), r.category(), r.content()))
                        .toList(),
                queries.screenshots(clusterId).stream()
                        .map(x -> new ForwardPackage.Screenshot(
                                x.trackingCode(),
                                "image/jpeg",
                                x.width(),
                                x.height(),
                                java.util.Base64.getEncoder().encodeToString(x.jpeg())))
                        .toList(),
                queries.forwardings(clusterId).stream()
                        .map(f -> new ForwardPackage.Forwarded(f.recipient(), iso(f.at())))
                        .toList());
    }

    public byte[] json(ForwardPackage pkg) {
        return json.writeValueAsBytes(pkg);
    }

    private ForwardPackage.Reporters reporters(long clusterId, int reportCount) {
        ReporterContacts.Tally tally = contacts.tally(clusterId);
        return new ForwardPackage.Reporters(tally.independent(), tally.withoutContact(), reportCount, COUNTING_RULE);
    }

    /** Each canonical link with its re-check state. */
    public List<ForwardPackage.Link> links(long clusterId) {
        List<ReportedLinks.Seen> seen = links.ofCluster(clusterId);
        Map<String, LinkRechecks.Watch> watches = rechecks.watches(
                seen.stream().flatMap(s -> s.reported().stream()).toList());
        return seen.stream()
                .map(s -> {
                    LinkRechecks.Watch w = LinkRechecks.combine(
                            s.url(),
                            s.firstSeen(),
                            s.reported().stream()
                                    .map(watches::get)
                                    .filter(x -> x != null)
                                    .toList());
                    return new ForwardPackage.Link(
                            s.url(),
                            iso(s.firstSeen()),
                            iso(s.lastSeen()),
                            s.reports(),
                            w == null || w.lastOutcome() == null
                                    ? null
                                    : w.lastOutcome().name(),
                            w == null ? null : iso(w.lastCheckedAt()),
                            w == null ? null : iso(w.removedAt()),
                            w == null || w.timeToRemoval() == null
                                    ? null
                                    : w.timeToRemoval().toHours());
                })
                .toList();
    }

    static String iso(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(Zone.VIETNAM));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Zone.VI);
    }
}
