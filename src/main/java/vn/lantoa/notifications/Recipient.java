package vn.lantoa.notifications;

import java.util.Objects;

/** Who a {@link Notice} is for: a member of the network, or a reporter who left a contact. */
public sealed interface Recipient {

    /** A value identifying the recipient, used with the notice's dedup key. */
    String key();

    /** A member: told in the member area, and by e-mail or Zalo when the member's record has one. */
    record Member(long memberId) implements Recipient {
        @Override
        public String key() {
            return "member:" + memberId;
        }
    }

    /** Somebody outside the network who left an e-mail address (e.g. a public reporter). */
    record Email(String address) implements Recipient {
        public Email {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String key() {
            return "email:" + address.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Somebody outside the network who left a phone number: told through Zalo's notification service. */
    record Phone(String number) implements Recipient {
        public Phone {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public String key() {
            return "phone:" + number.replaceAll("[^0-9+]", "");
        }
    }
}
