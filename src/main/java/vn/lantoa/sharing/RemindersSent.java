package vn.lantoa.sharing;

import java.util.List;

/**
 * A manager reminded members who have not acted in a campaign; the notifications module delivers
 * it (e-mail, Zalo OA, web push). Until it exists, members see it in the member area.
 */
public record RemindersSent(long campaignId, String campaignTitle, List<Long> memberIds) {}
