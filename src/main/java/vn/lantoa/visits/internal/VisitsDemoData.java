package vn.lantoa.visits.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;

/** Demo: the site "moves" from an older system with 8,753,460 visits already counted. */
@Component
class VisitsDemoData implements DemoDataContributor {

    static final long DEMO_OFFSET = 8_753_460L;
    private final VisitQueries queries;

    VisitsDemoData(VisitQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute(DemoContext context) {
        queries.setTotalOffset(DEMO_OFFSET);
    }
}
