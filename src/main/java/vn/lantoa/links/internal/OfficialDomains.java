package vn.lantoa.links.internal;

import java.util.Map;
import vn.lantoa.links.OfficialSource;

/**
 * An immutable snapshot of the active official sources by domain. A host is official when it is a
 * source's domain or a subdomain of it, label by label, and does not imitate Latin letters.
 */
public final class OfficialDomains {

    /** The verdict for one host. */
    public record Verdict(OfficialSource source, boolean lookalike) {

        public boolean official() {
            return source != null;
        }
    }

    private final DomainTable<String> names;

    /** @param sourceNameByDomain ASCII, lower-case domains to the names of their sources */
    public OfficialDomains(Map<String, String> sourceNameByDomain) {
        this.names = new DomainTable<>(sourceNameByDomain);
    }

    public Verdict judge(CanonicalUrl url) {
        if (url.lookalike()) {
            return new Verdict(null, true);
        }
        if (url.skeletonHost() != null && names.find(url.host()) == null && names.find(url.skeletonHost()) != null) {
            return new Verdict(null, true); // nhândân.vn imitates nhandan.vn
        }
        DomainTable.Hit<String> hit = names.find(url.host());
        return hit == null
                ? new Verdict(null, false)
                : new Verdict(new OfficialSource(hit.value(), hit.domain()), false);
    }

    public int size() {
        return names.size();
    }
}
