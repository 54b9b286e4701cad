package app.parley.io.interop;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers for the readers. */
final class Xml {

    private Xml() {
    }

    /** The child elements of {@code parent} called {@code name} in {@code namespace} ({@code *}: any), in order. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())
                    && ("*".equals(namespace) || namespace.equals(element.getNamespaceURI()))) {
                out.add(element);
            }
        }
        return out;
    }

    /** The first descendant of {@code parent} called {@code name} in {@code namespace}, or {@code null}. */
    static Element first(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    /** A numeric attribute, 0 when missing or not a finite number. */
    static double number(Element element, String attribute) {
        try {
            double value = Double.parseDouble(element.getAttribute(attribute).strip());
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
