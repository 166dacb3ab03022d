package vn.lantoa.notifications.web;

/** The settings form: a channel is on when its box is ticked; quiet hours "HH:mm" or both empty. */
record PreferencesForm(Boolean email, Boolean zalo, Boolean push, String quietFrom, String quietUntil) {

    boolean on(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
