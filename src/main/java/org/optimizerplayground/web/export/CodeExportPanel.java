package org.optimizerplayground.web.export;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.function.Function;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.web.ui.Clipboard;

/**
 * The code panel (element id {@code code-export}, SPEC §8): tabs Keras / PyTorch, then one block
 * per run with its code (plain text in a {@code <pre>}), a Copy button and the notes on where the
 * framework's convention differs from the run's setting.
 *
 * <p>The code reaches the page only as element text and as the parameter {@code $0} of the
 * clipboard call, never as HTML or as part of a script.
 */
public class CodeExportPanel extends Composite<Div> {
    /** The element id of SPEC §8. */
    public static final String ID = "code-export";

    private final Tab kerasTab = new Tab();
    private final Tab pytorchTab = new Tab();
    private final Tabs tabs = new Tabs(kerasTab, pytorchTab);
    private final Div blocks = new Div();
    private List<RunSpec> runs = List.of();

    public CodeExportPanel() {
        Div root = getContent();
        root.setId(ID);
        root.addClassName("code-export");
        kerasTab.setId("code-export-keras");
        pytorchTab.setId("code-export-pytorch");
        tabs.addSelectedChangeListener(e -> render());
        blocks.addClassName("code-export-blocks");
        root.add(new H3(getTranslation("export.title")), tabs, blocks);
        kerasTab.setLabel(getTranslation("export.keras"));
        pytorchTab.setLabel(getTranslation("export.pytorch"));
    }

    /** Shows the code of these runs (one block each), replacing what was shown. */
    public void show(List<RunSpec> runs) {
        this.runs = List.copyOf(runs);
        render();
    }

    /** True when the PyTorch tab is selected, false for Keras. */
    public boolean isPytorch() {
        return tabs.getSelectedTab() == pytorchTab;
    }

    /** Selects the PyTorch tab ({@code true}) or the Keras tab. */
    public void setPytorch(boolean pytorch) {
        tabs.setSelectedTab(pytorch ? pytorchTab : kerasTab);
    }

    private void render() {
        blocks.removeAll();
        if (runs.isEmpty()) {
            blocks.add(new Span(getTranslation("export.none")));
            return;
        }
        Function<RunSpec, CodeExport.Snippet> export = isPytorch() ? CodeExport::pytorch : CodeExport::keras;
        for (int i = 0; i < runs.size(); i++) {
            RunSpec run = runs.get(i);
            CodeExport.Snippet snippet = export.apply(run);
            Div block = new Div();
            block.addClassName("code-export-run");

            Span title = new Span(getTranslation("export.run", i + 1, run.format()));
            title.addClassName("code-export-title");
            Button copy = new Button(getTranslation("export.copy"), e -> copy(snippet.code()));
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            copy.addClassName("code-export-copy");
            copy.getElement().setAttribute("aria-label", getTranslation("export.copy.run", i + 1));

            Pre code = new Pre();
            code.setText(snippet.code());
            code.addClassName("code-export-code");
            block.add(title, copy, code);

            if (!snippet.notes().isEmpty()) {
                UnorderedList notes = new UnorderedList();
                notes.addClassName("code-export-notes");
                for (CodeExport.Note note : snippet.notes()) {
                    notes.add(new ListItem(getTranslation(note.key(), note.args().toArray())));
                }
                block.add(notes);
            }
            blocks.add(block);
        }
    }

    private void copy(String code) {
        Clipboard.copy(this, code, "export.copied", "export.copy.manual");
    }
}
