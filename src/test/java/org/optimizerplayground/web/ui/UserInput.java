package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * A value typed or picked by the user, as the browser would send it: the field takes the value
 * and its listeners hear a change with {@code isFromClient() == true}.
 *
 * <p>Karibu-Testing 2.6.2's {@code _setValue} does this by calling Flow's private
 * {@code AbstractFieldSupport.setValue(value, boolean, boolean, boolean)}, which Flow 25.2
 * replaced by {@code setValue(value, fromInternal, fromClient)} (a {@code NoSuchMethodException}
 * on Vaadin 25.2). This does the same through the new signature, until a Karibu release follows.
 */
final class UserInput {
    private UserInput() {
    }

    /** Sets {@code value} on {@code field} as if the user had typed or picked it. */
    static <V> void _setValue(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        if (!component.isVisible() || (field instanceof HasEnabled e && !e.isEnabled()) || field.isReadOnly()) {
            throw new IllegalStateException(component.getClass().getSimpleName() + " "
                    + component.getId().orElse("") + " is not editable by the user");
        }
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Field support = AbstractField.class.getDeclaredField("fieldSupport");
            support.setAccessible(true);
            Object fieldSupport = support.get(field);
            Method setValue = fieldSupport.getClass().getDeclaredMethod("setValue", Object.class, boolean.class,
                    boolean.class);
            setValue.setAccessible(true);
            setValue.invoke(fieldSupport, value, false, true); // not from inside, from the client
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Flow's AbstractFieldSupport changed again: " + e, e);
        }
    }
}
