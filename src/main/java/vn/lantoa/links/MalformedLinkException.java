package vn.lantoa.links;

import org.springframework.context.MessageSourceResolvable;
import vn.lantoa.platform.InvalidInputException;

/**
 * The pasted text is not a web address LanToa can work with: invalid input whose reason is a key of
 * the links bundle ({@code links.malformed.*}), answered by the platform like every refusal, under
 * the title {@code links.check.invalidTitle}. A module that puts the reason into a sentence of its
 * own passes the exception as that message's argument: it is a {@link MessageSourceResolvable}, so
 * the reason is read from the bundle in the same language.
 */
public class MalformedLinkException extends InvalidInputException implements MessageSourceResolvable {

    private MalformedLinkException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public String titleKey() {
        return "links.check.invalidTitle";
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey()};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }

    public static MalformedLinkException empty() {
        return new MalformedLinkException("links.malformed.empty");
    }

    public static MalformedLinkException tooLong(int max) {
        // As text, so the bundle does not group the digits ("4.096")
        return new MalformedLinkException("links.malformed.tooLong", String.valueOf(max));
    }

    public static MalformedLinkException unsupportedScheme(String scheme) {
        return new MalformedLinkException("links.malformed.scheme", scheme);
    }

    public static MalformedLinkException badHost() {
        return new MalformedLinkException("links.malformed.host");
    }

    public static MalformedLinkException badPort() {
        return new MalformedLinkException("links.malformed.port");
    }

    public static MalformedLinkException badCharacters() {
        return new MalformedLinkException("links.malformed.characters");
    }
}
