package vn.lantoa.platform;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;

/**
 * An IPv4 address of this machine that is not loopback, for tests that need a client the app does
 * not take for its own proxy (only loopback is trusted to forward {@code X-Forwarded-*}).
 */
public final class NonLoopbackAddress {

    private NonLoopbackAddress() {}

    public static Optional<InetAddress> find() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(NonLoopbackAddress::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
