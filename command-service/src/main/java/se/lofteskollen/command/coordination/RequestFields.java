package se.lofteskollen.command.coordination;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where a request's field is on its form. A form shows more rows than a request carries (a blank row to add a
 * target, a signatory row left empty): {@code targets[1]} of a request whose form's first target row was blank is
 * the form's {@code targets[2]}. An item of a set (a party ticked) is told by the set's field.
 */
final class RequestFields {

    private RequestFields() {
    }

    /** {@code rows}: for each list, the form's row of each of the request's items, in order. */
    static UnaryOperator<String> of(Map<String, List<Integer>> rows) {
        return field -> {
            String plain = field.replaceAll("\\.<[^>]*>$", "");
            if (plain.startsWith("responsible")) {
                return "responsible";
            }
            for (Map.Entry<String, List<Integer>> list : rows.entrySet()) {
                if (plain.startsWith(list.getKey() + "[")) {
                    return row(plain, list.getKey(), list.getValue());
                }
            }
            return plain;
        };
    }

    static UnaryOperator<String> plain() {
        return of(Map.of());
    }

    private static String row(String field, String list, List<Integer> rows) {
        String rest = field.substring(list.length() + 1);
        int close = rest.indexOf(']');
        try {
            int index = Integer.parseInt(rest.substring(0, close));
            return index < rows.size() ? list + "[" + rows.get(index) + "]" + rest.substring(close + 1) : list;
        } catch (NumberFormatException | StringIndexOutOfBoundsException unreadable) {
            return list;
        }
    }
}
