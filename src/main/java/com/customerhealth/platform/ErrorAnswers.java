package com.customerhealth.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to every error the server itself raises, whoever raised it: the access rules of
 * {@code web.xml} (401, 403), the sign-in, an unknown address (404), an exception no one caught (500).
 * Below {@code api/} it is problem details; elsewhere the plugin's own page, saying in words what
 * happened and where to go on. {@code web.xml} names this servlet as the error page of every status.
 *
 * <p>Code that refuses a request before it reaches the REST runtime calls {@link #send} with the
 * refusal's detail.
 */
@WebServlet(name = "errorAnswers", urlPatterns = ErrorAnswers.PATH)
public class ErrorAnswers extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());

    /** Where {@code web.xml} sends every error. */
    public static final String PATH = "/error";

    private static final String DETAIL = ErrorAnswers.class.getName() + ".detail";

    /** What a page says for each status, in a title and a sentence. */
    private static final Map<Integer, String[]> WORDS = Map.ofEntries(
            Map.entry(400, new String[]{"Not a request this server takes", "The address or what was sent with it is not one the plugin answers."}),
            Map.entry(401, new String[]{"Sign-in needed", "Sign in to see this page."}),
            Map.entry(403, new String[]{"Not open to you", "You are signed in, but this page is not open to your role. Ask an admin if you need it."}),
            Map.entry(404, new String[]{"Page not found", "There is no page at this address. It may have moved, or the link may be mistyped."}),
            Map.entry(405, new String[]{"Not allowed here", "This address does not take that kind of request."}),
            Map.entry(413, new String[]{"Too large", "What was sent is larger than the plugin takes."}),
            Map.entry(415, new String[]{"Not a type this server takes", "What was sent is not in a format this address takes."}),
            Map.entry(429, new String[]{"Too many attempts", "Too many failed sign-ins in a row. Wait a moment, then try again."}),
            Map.entry(500, new String[]{"Something went wrong", "The plugin failed to answer this request. The failure is logged."}),
            Map.entry(503, new String[]{"Not ready yet", "The plugin is starting or its database is out of reach. Try again in a few seconds."}));

    /**
     * Ends {@code request} with {@code status}, answered by this servlet with {@code detail}: problem details
     * for the API, the plugin's error page elsewhere.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        request.setAttribute(DETAIL, detail);
        response.sendError(status);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String asked = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getDispatcherType() != DispatcherType.ERROR || status == null) {
            status = HttpServletResponse.SC_NOT_FOUND;
            asked = request.getRequestURI();
        }
        String detail = (String) request.getAttribute(DETAIL);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request to " + asked + " failed, reference " + reference, failure);
            detail = "The request failed; the plugin's log names the cause under reference " + reference;
        }
        String[] words = WORDS.getOrDefault(status, new String[]{"Error " + status, "The plugin could not answer this request."});
        if (isApi(request.getContextPath(), asked)) {
            Problem.of(status, detail == null ? words[1] : detail).writeTo(response);
        } else {
            page(request, response, status, words, detail);
        }
    }

    /**
     * Whether {@code uri}, as asked for, is below the API: its first segment after the context root is
     * {@code api}, however the address was spelled ({@code /chm//api}, {@code /chm/api;x/}, {@code /chm/%61pi}),
     * so a refusal of a misspelled API address is problem details too.
     */
    public static boolean isApi(String contextPath, String uri) {
        if (uri == null || !uri.startsWith(contextPath)) {
            return false;
        }
        StringBuilder decoded = new StringBuilder();
        String rest = uri.substring(contextPath.length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '%' && i + 2 < rest.length() && Character.digit(rest.charAt(i + 1), 16) >= 0
                    && Character.digit(rest.charAt(i + 2), 16) >= 0) {
                decoded.append((char) Integer.parseInt(rest.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.toString().split("[/\\\\]")) {
            String name = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return "api".equals(segments.peekFirst());
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String[] words,
                             String detail) throws IOException {
        String root = request.getContextPath();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(words[0]) + " · Customer Health Monitor</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/agent.css.xhtml?ln=agent\"/>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/plugin.css.xhtml?ln=chm\"/>"
                + "</head><body><main class=\"content error-page\" data-status=\"" + status + "\">"
                + "<section class=\"panel\"><p class=\"status\">" + status + "</p>"
                + "<h1><span class=\"brand-mark\" aria-hidden=\"true\">●</span> " + escape(words[0]) + "</h1>"
                + "<p>" + escape(words[1]) + "</p>"
                + (detail == null ? "" : "<p class=\"muted detail\">" + escape(detail) + "</p>")
                + "<p><a class=\"button\" href=\"" + root + "/\">Go to the start page</a></p>"
                + "</section></main></body></html>\n");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
