package vn.lantoa.links;

/**
 * The pasted text is not a web address LanToa can work with. Carries a message for people in
 * Vietnamese ({@link #getMessage()}) and in English ({@link #english()}).
 */
public class MalformedLinkException extends IllegalArgumentException {

    private final String english;

    public MalformedLinkException(String vietnamese, String english) {
        super(vietnamese);
        this.english = english;
    }

    public String vietnamese() {
        return getMessage();
    }

    public String english() {
        return english;
    }

    public static MalformedLinkException empty() {
        return new MalformedLinkException("Chưa nhập đường dẫn.", "No link was given.");
    }

    public static MalformedLinkException tooLong(int max) {
        return new MalformedLinkException(
                "Đường dẫn quá dài (tối đa " + max + " ký tự).",
                "The link is too long (at most " + max + " characters).");
    }

    public static MalformedLinkException unsupportedScheme(String scheme) {
        return new MalformedLinkException(
                "Chỉ nhận đường dẫn web bắt đầu bằng http:// hoặc https:// (không nhận \"" + scheme + ":\").",
                "Only web links starting with http:// or https:// are accepted (not \"" + scheme + ":\").");
    }

    public static MalformedLinkException badHost() {
        return new MalformedLinkException(
                "Tên miền trong đường dẫn không hợp lệ.", "The domain name in the link is not valid.");
    }

    public static MalformedLinkException badPort() {
        return new MalformedLinkException("Cổng trong đường dẫn không hợp lệ.", "The port in the link is not valid.");
    }

    public static MalformedLinkException badCharacters() {
        return new MalformedLinkException(
                "Đường dẫn chứa ký tự điều khiển hoặc khoảng trắng không hợp lệ.",
                "The link contains control characters or spaces where none may be.");
    }
}
