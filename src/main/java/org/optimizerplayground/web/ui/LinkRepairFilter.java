package org.optimizerplayground.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.QueryString;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the page read a link with the same one decoding as the API ({@link QueryString#parse}).
 * Vaadin decodes the address itself before the view sees it, with rules of its own: a raw
 * {@code +} becomes a space (in our links it is a plus sign, {@code f=x+y}), and a stray
 * {@code %} (such as {@code ?steps=%zz}) breaks its navigation. A link whose decoding by Vaadin
 * would differ is reopened once in the form {@link #repair} writes, for which the two agree;
 * the view then takes Vaadin's result as it is, never decoding it again
 * ({@link QueryString#fromDecoded}). The API and Vaadin's own requests are left alone.
 */
@Component
public class LinkRepairFilter extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod()) || query == null || path.startsWith("/api/")
                || path.startsWith("/VAADIN/") || query.startsWith("v-r=") || query.contains("&v-r=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String repaired = repair(query);
        if (repaired.equals(query)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getRequestURI() + "?" + repaired);
        }
    }

    /**
     * Makes Vaadin's decoding of the link give exactly what {@link QueryString#parse}, the one
     * decoding the API uses too, reads from it: every {@code +} is written {@code %2B} (Vaadin's
     * decoding would make it a space; in our links it is a plus sign), empty parts are left out
     * (Vaadin would read them as a part without a key), and in a part that our decoding refuses
     * (a {@code %} without two hex digits, bytes that are not UTF-8) every {@code %} is written
     * {@code %25}, so that the view receives that part as typed and refuses it with the API's
     * message. Repairing a repaired link changes nothing.
     */
    static String repair(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        for (String part : query.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            boolean decodes = QueryString.decodes(eq < 0 ? part : part.substring(0, eq))
                    && (eq < 0 || QueryString.decodes(part.substring(eq + 1)));
            if (out.length() > 0) {
                out.append('&');
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '+') {
                    out.append("%2B");
                } else if (c == '%' && !decodes) {
                    out.append("%25");
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * The link's keys and values, decoded once as the API decodes them ({@link LinkRepairFilter}
     * makes Vaadin's decoding the API's): never decoded a second time ({@link QueryString#fromDecoded}).
     */
    public static QueryString query(com.vaadin.flow.router.QueryParameters parameters) {
        List<String[]> pairs = new ArrayList<>();
        parameters.getParameters().forEach((key, values) -> {
            for (String value : values) {
                pairs.add(new String[] {key, value});
            }
        });
        return QueryString.fromDecoded(pairs);
    }
}
