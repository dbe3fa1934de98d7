package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The "?" dialog (id {@code shortcuts-help}): which key does what. */
class ShortcutsHelp extends Dialog {
    ShortcutsHelp() {
        setId("shortcuts-help");
        setHeaderTitle(getTranslation("shortcuts.title"));
        Div list = new Div();
        list.addClassName("shortcut-list");
        String[][] rows = {{"key.space", "shortcuts.play"}, {"→", "shortcuts.step"}, {"R", "shortcuts.reset"},
                {"?", "shortcuts.help"}};
        for (String[] row : rows) {
            Span key = new Span(row[0].startsWith("key.") ? getTranslation(row[0]) : row[0]);
            key.addClassName("shortcut-key");
            Span what = new Span(getTranslation(row[1]));
            Div line = new Div(key, what);
            line.addClassName("shortcut");
            list.add(line);
        }
        add(list, new Paragraph(getTranslation("shortcuts.note")));
        Button close = new Button(getTranslation("shortcuts.close"), e -> close());
        close.setId("shortcuts-close");
        getFooter().add(close);
    }
}
