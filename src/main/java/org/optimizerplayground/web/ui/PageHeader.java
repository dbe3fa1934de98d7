package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.optimizerplayground.web.ui.lessons.LessonsMenu;

/**
 * The page's title bar: the lessons, the teacher's share, "Share" (copies the address bar's
 * link), the keyboard shortcuts and their help, and the dark theme; Share and the theme are
 * the {@link ShareButton}, {@link ShortcutsButton} and {@link ThemeButton} the network page's
 * header shows too.
 */
final class PageHeader extends Div {
    private final ShareButton share = new ShareButton("share");
    private final Button forStudents;
    private final ThemeButton theme = new ThemeButton();
    private final ShortcutsButton help = new ShortcutsButton();

    PageHeader(PlaygroundState state, LessonsMenu lessons, KeyboardShortcuts shortcuts, Hideables hideables) {
        addClassName("app-header");
        TeacherShareDialog teacherShare = new TeacherShareDialog(state);
        forStudents = new Button(getTranslation("teacher.open"), VaadinIcon.ACADEMY_CAP.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> teacherShare.openFor(
                        url.getProtocol() + "://" + url.getAuthority() + url.getPath()))));
        forStudents.setId("share-students");
        forStudents.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.teacherShare = teacherShare;
        com.vaadin.flow.component.html.Anchor network = new com.vaadin.flow.component.html.Anchor("network", getTranslation("network.link"));
        network.setId("network-link");
        add(new H1(getTranslation("app.title")), lessons, network, forStudents, share, help, theme, shortcuts);
        hideables.register("share", share);
        hideables.register("lessons", lessons);
    }

    private final TeacherShareDialog teacherShare;

    /** A link that hides sharing is a students' link: the teacher's share goes too. */
    void followShare() {
        forStudents.setVisible(share.isVisible());
    }

    void openShortcutsHelp() {
        help.openHelp();
    }

    TeacherShareDialog teacherShare() {
        return teacherShare;
    }

    /** The dark theme ({@link ThemeButton}, shared with the network page). */
    void setDark(boolean on) {
        theme.setDark(on);
    }

    /** Restores the theme this tab chose before a reload. */
    void restoreTheme() {
        theme.restore();
    }

    boolean dark() {
        return theme.dark();
    }
}
