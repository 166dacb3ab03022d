package vn.lantoa.portal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.web.PublicFrame;
import vn.lantoa.portal.internal.SiteDirectory;
import vn.lantoa.portal.internal.SiteSettings;
import vn.lantoa.portal.internal.SiteSettingsStore;

/** The categories in the public navigation and the footer from the site settings. */
@Component
class PublicFrameSource implements PublicFrame.Source {

    private final SiteDirectory sites;
    private final SiteSettingsStore settings;

    PublicFrameSource(SiteDirectory sites, SiteSettingsStore settings) {
        this.sites = sites;
        this.settings = settings;
    }

    @Override
    public PublicFrame forHost(String host) {
        return sites.siteForHost(host)
                .map(site -> {
                    SiteSettings s = settings.get(site.id());
                    List<PublicFrame.Link> sections = sites.categories(site.id()).stream()
                            .map(c -> new PublicFrame.Link(c.name(), "/chuyen-muc/" + c.slug()))
                            .toList();
                    List<PublicFrame.Link> agencies = s.links().stream()
                            .map(l -> new PublicFrame.Link(l.name(), l.url()))
                            .toList();
                    return new PublicFrame(
                            sections,
                            s.boardHeadName(),
                            s.boardHeadTitle(),
                            s.address(),
                            s.phone(),
                            s.email(),
                            agencies,
                            s.republishNotice());
                })
                .orElse(null);
    }
}
