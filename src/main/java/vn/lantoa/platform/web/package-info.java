/**
 * The platform's web SPI for the feature modules: the page model every template gets ({@link
 * vn.lantoa.platform.web.Ui}), the public frame and the back office's menu and dashboard tiles a
 * module contributes to ({@link vn.lantoa.platform.web.PublicFrame}, {@link
 * vn.lantoa.platform.web.BackOffice}), structured data, the visitor counter and the error pages. A
 * module that uses it names it in its dependencies as {@code "platform :: web"}.
 */
@NamedInterface("web")
package vn.lantoa.platform.web;

import org.springframework.modulith.NamedInterface;
