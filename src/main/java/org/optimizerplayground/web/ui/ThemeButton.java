package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The dark-theme toggle (id {@code theme}) both pages' headers show: the Lumo dark variant on the
 * whole document, remembered for this browser tab (sessionStorage), so that a reload, a language
 * switch or the way from one page to the other keeps it, while another tab starts light. The
 * charts read the theme's colours themselves (chart-theme.ts).
 */
public final class ThemeButton extends Button {
    private static final String STORAGE_KEY = "optimizer-playground-theme";
    private boolean dark;

    public ThemeButton() {
        setIcon(VaadinIcon.ADJUST.create());
        setId("theme");
        setAriaLabel(getTranslation("theme.dark"));
        setTooltipText(getTranslation("theme.dark"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        getElement().setAttribute("aria-pressed", "false");
        addClickListener(e -> setDark(!dark));
    }

    /** Dark or light, on the document and in the tab's memory. */
    public void setDark(boolean on) {
        dark = on;
        getElement().setAttribute("aria-pressed", Boolean.toString(on));
        getElement().executeJs("const d = document.documentElement;"
                + "if ($0) { d.setAttribute('theme', 'dark'); } else { d.removeAttribute('theme'); }"
                + "sessionStorage.setItem('" + STORAGE_KEY + "', $0 ? 'dark' : 'light');", on);
    }

    /** Restores the theme this tab chose before (a reload, the other page). */
    public void restore() {
        getElement().executeJs("return sessionStorage.getItem('" + STORAGE_KEY + "')")
                .then(String.class, saved -> {
                    if ("dark".equals(saved)) {
                        setDark(true);
                    }
                });
    }

    public boolean dark() {
        return dark;
    }
}
