package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Share", as both pages' headers show it: copies the address bar's link (the page's canonical link). */
public final class ShareButton extends Button {
    public ShareButton(String id) {
        super(VaadinIcon.LINK.create());
        setText(getTranslation("share"));
        setId(id);
        addClickListener(e -> Clipboard.copy(this, null));
    }
}
