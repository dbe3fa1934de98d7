package org.optimizerplayground.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page link with a stray {@code %} (such as {@code ?steps=%zz}) from breaking Vaadin's
 * navigation, which decodes the query itself and fails on it: the page is reopened once with
 * that {@code %} written as {@code %25}, so the view receives the link's text as typed and
 * its reader can say in plain words which key was wrong. A raw {@code +} is written as
 * {@code %2B} the same way: Vaadin's decoding would turn it into a space, while in our links it
 * is a plus sign ({@code f=x+y}), and a space ({@code %20}) must stay a space, as in the API.
 * The API and Vaadin's own requests are left alone.
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
     * Writes every {@code %} that does not start a valid {@code %XX} escape as {@code %25}, and
     * every {@code +} as {@code %2B}.
     */
    static String repair(String query) {
        StringBuilder out = new StringBuilder(query.length() + 8);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%' && !(i + 2 < query.length() && hex(query.charAt(i + 1)) && hex(query.charAt(i + 2)))) {
                out.append("%25");
            } else if (c == '+') {
                out.append("%2B");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
