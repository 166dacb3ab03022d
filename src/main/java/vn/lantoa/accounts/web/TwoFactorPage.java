package vn.lantoa.accounts.web;

import vn.lantoa.accounts.internal.QrCode;

/**
 * View model of {@code accounts/two-factor.jte}.
 *
 * @param secret the Base32 secret while enrolling, {@code null} when only a code is asked
 * @param uri the {@code otpauth://} URI while enrolling
 * @param qr that URI as a QR code for the authenticator app's camera, while enrolling
 */
public record TwoFactorPage(String secret, String uri, QrCode qr, boolean failed, boolean done) {

    TwoFactorPage(String secret, String uri, boolean failed, boolean done) {
        this(secret, uri, uri == null ? null : QrCode.of(uri), failed, done);
    }
}
