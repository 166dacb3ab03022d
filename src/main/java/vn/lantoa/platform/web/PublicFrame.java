package vn.lantoa.platform.web;

import java.util.List;

/**
 * What the public layout shows around every page's content: the site's sections in the main
 * navigation and the footer (editorial board, contacts, related agencies, republishing notice).
 * Supplied by the {@code portal} module; without it the layout shows the bare minimum.
 */
public record PublicFrame(
        List<Link> sections,
        String boardHeadName,
        String boardHeadTitle,
        String address,
        String phone,
        String email,
        List<Link> agencies,
        String republishNotice) {

    public record Link(String label, String href) {}

    public PublicFrame {
        sections = sections == null ? List.of() : List.copyOf(sections);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    /** Implemented by the portal; {@code host} picks the site. */
    public interface Source {
        PublicFrame forHost(String host);
    }
}
