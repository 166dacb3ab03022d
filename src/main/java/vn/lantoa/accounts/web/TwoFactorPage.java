package vn.lantoa.accounts.web;

/**
 * View model of {@code accounts/two-factor.jte}.
 *
 * @param secret the Base32 secret while enrolling, {@code null} when only a code is asked
 * @param uri the {@code otpauth://} URI while enrolling
 */
public record TwoFactorPage(String secret, String uri, boolean failed, boolean done) {}
