package vn.lantoa.notifications.web;

import vn.lantoa.notifications.internal.DeliveryAdmin;

/** The outbox in the back office; {@code retried} is the id of the delivery just put back in the queue. */
public record NotificationAdminPage(DeliveryAdmin.Overview overview, Long retried) {}
