package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The keyboard button (id {@code shortcuts}) both pages' headers show: opens the
 * {@link ShortcutsHelp} dialog, which "?" opens too. The keys themselves are {@link KeyboardShortcuts}.
 */
public final class ShortcutsButton extends Button {
    private final ShortcutsHelp help = new ShortcutsHelp();

    public ShortcutsButton() {
        super(VaadinIcon.KEYBOARD.create());
        setId("shortcuts");
        setAriaLabel(getTranslation("shortcuts.open"));
        setTooltipText(getTranslation("shortcuts.open"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(e -> help.open());
    }

    /** Opens the help (the "?" shortcut). */
    public void openHelp() {
        help.open();
    }
}
