package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.optimizerplayground.web.ui.lessons.LessonsMenu;

/**
 * The page's title bar: the lessons, the teacher's share, "Share" (copies the address bar's
 * link), the keyboard shortcuts and their help, and the dark theme.
 */
final class PageHeader extends Div {
    private final Button share = new Button();
    private final Button forStudents;
    private final Button theme = new Button();
    private final ShortcutsHelp shortcutsHelp = new ShortcutsHelp();
    private boolean dark;

    PageHeader(PlaygroundState state, LessonsMenu lessons, KeyboardShortcuts shortcuts, Hideables hideables) {
        addClassName("app-header");
        TeacherShareDialog teacherShare = new TeacherShareDialog(state);
        share.setText(getTranslation("share"));
        share.setIcon(VaadinIcon.LINK.create());
        share.setId("share");
        share.addClickListener(e -> Clipboard.copy(this, null));
        forStudents = new Button(getTranslation("teacher.open"), VaadinIcon.ACADEMY_CAP.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> teacherShare.openFor(
                        url.getProtocol() + "://" + url.getAuthority() + url.getPath()))));
        forStudents.setId("share-students");
        forStudents.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.teacherShare = teacherShare;
        Button help = new Button(VaadinIcon.KEYBOARD.create(), e -> shortcutsHelp.open());
        help.setId("shortcuts");
        help.setAriaLabel(getTranslation("shortcuts.open"));
        help.setTooltipText(getTranslation("shortcuts.open"));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        theme.setIcon(VaadinIcon.ADJUST.create());
        theme.setId("theme");
        theme.setAriaLabel(getTranslation("theme.dark"));
        theme.setTooltipText(getTranslation("theme.dark"));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        theme.getElement().setAttribute("aria-pressed", "false");
        theme.addClickListener(e -> setDark(!dark));
        com.vaadin.flow.component.html.Anchor network = new com.vaadin.flow.component.html.Anchor("network", "Train a network");
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
        shortcutsHelp.open();
    }

    TeacherShareDialog teacherShare() {
        return teacherShare;
    }

    /**
     * The Lumo dark variant on the whole document, remembered for this browser tab
     * (sessionStorage): a reload or a language switch keeps it, another tab starts light.
     * The charts read the theme's colours themselves (chart-theme.ts).
     */
    void setDark(boolean on) {
        dark = on;
        theme.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        getElement().executeJs("const d = document.documentElement;"
                + "if ($0) { d.setAttribute('theme', 'dark'); } else { d.removeAttribute('theme'); }"
                + "sessionStorage.setItem('optimizer-playground-theme', $0 ? 'dark' : 'light');", on);
    }

    /** Restores the theme this tab chose before a reload. */
    void restoreTheme() {
        getElement().executeJs("return sessionStorage.getItem('optimizer-playground-theme')")
                .then(String.class, saved -> {
                    if ("dark".equals(saved)) {
                        setDark(true);
                    }
                });
    }

    boolean dark() {
        return dark;
    }
}
