package vn.lantoa.sharing;

import java.util.List;

/**
 * A manager reminded members who have not acted in a campaign; each of them gets a notice (inbox
 * in the member area, e-mail or Zalo when known) through the notifications module.
 */
public record RemindersSent(long campaignId, String campaignTitle, List<Long> memberIds) {}
