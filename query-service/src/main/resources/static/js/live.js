/*
 * Live figures, Löfteskollen's query-service. A page that names its promise's progress stream (data-live-stream on
 * <main>) and the change number it was built at (data-live-changed) opens the stream; whenever the stream tells of a
 * newer number, the page fetches itself again and its figure parts (data-live="key") take the fresh page's, without a
 * reload. Only the parts whose content changed are touched, so the polite live regions around them (aria-live on the
 * outermost parts) have a screen reader read out what moved, and nothing else.
 *
 * Without this script (or without EventSource) the page is as it was: a reload shows the new figures.
 */
(function () {
    'use strict';

    var main = document.querySelector('main[data-live-stream]');
    if (!main || !window.EventSource || !window.fetch || !window.DOMParser) {
        return;
    }
    var shown = Number(main.getAttribute('data-live-changed')) || 0;
    var wanted = shown;
    var fetching = false;

    /** The outermost figure parts within root: no other part lies between them and root. */
    function parts(root) {
        return Array.prototype.filter.call(root.querySelectorAll('[data-live]'), function (part) {
            var up = part.parentElement;
            while (up !== root && !up.hasAttribute('data-live')) {
                up = up.parentElement;
            }
            return up === root;
        });
    }

    function keys(list) {
        return list.map(function (part) {
            return part.getAttribute('data-live');
        }).join('\n');
    }

    /** The element with its parts emptied: what lies around them. */
    function hollow(element) {
        var copy = element.cloneNode(true);
        parts(copy).forEach(function (part) {
            part.replaceChildren();
            Array.prototype.slice.call(part.attributes).forEach(function (attribute) {
                if (attribute.name !== 'data-live') {
                    part.removeAttribute(attribute.name);
                }
            });
        });
        return copy;
    }

    function focusables(element) {
        return element.querySelectorAll('a[href], button, input, select, textarea, [tabindex]');
    }

    function copyAttributes(old, fresh) {
        Array.prototype.slice.call(old.attributes).forEach(function (attribute) {
            if (!fresh.hasAttribute(attribute.name)) {
                old.removeAttribute(attribute.name);
            }
        });
        Array.prototype.forEach.call(fresh.attributes, function (attribute) {
            if (old.getAttribute(attribute.name) !== attribute.value) {
                old.setAttribute(attribute.name, attribute.value);
            }
        });
    }

    /**
     * Makes old (on the page) read as fresh (from the page fetched again), keeping old itself, so that a live region
     * stays the same element. Parts within it are matched by key and made alike one by one, as long as the same parts
     * are there in the same order and nothing around them changed; otherwise its content is replaced whole.
     */
    function sync(old, fresh) {
        if (old.isEqualNode(fresh)) {
            return;
        }
        copyAttributes(old, fresh);
        var oldParts = parts(old);
        var freshParts = parts(fresh);
        if (oldParts.length > 0 && keys(oldParts) === keys(freshParts) && hollow(old).isEqualNode(hollow(fresh))) {
            oldParts.forEach(function (part, i) {
                sync(part, freshParts[i]);
            });
            return;
        }
        // Whoever was on a link or a button in here stays on the same one.
        var focused = Array.prototype.indexOf.call(focusables(old), document.activeElement);
        old.replaceChildren.apply(old, Array.prototype.map.call(fresh.childNodes, function (node) {
            return document.importNode(node, true);
        }));
        var again = focused >= 0 ? focusables(old)[focused] : null;
        if (again) {
            again.focus({preventScroll: true});
        }
    }

    function refresh() {
        if (fetching || wanted <= shown) {
            return;
        }
        fetching = true;
        var asked = wanted;
        // The page itself, as the browser asked for it (its date, its choices); a sign-in page is not followed.
        fetch(window.location.href, {
            credentials: 'same-origin', cache: 'no-store', redirect: 'manual', headers: {Accept: 'text/html'}
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('the page answered ' + response.status);
            }
            return response.text();
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main[data-live-stream]');
            if (!fresh) {
                return;
            }
            var byKey = {};
            parts(fresh).forEach(function (part) {
                byKey[part.getAttribute('data-live')] = part;
            });
            parts(main).forEach(function (part) {
                var other = byKey[part.getAttribute('data-live')];
                if (other) {
                    sync(part, other);
                }
            });
        }).catch(function () {
            // The page stays as it is; the next change tries again.
        }).then(function () {
            shown = Math.max(shown, asked);
            fetching = false;
            refresh();
        });
    }

    var stream = new EventSource(main.getAttribute('data-live-stream'));
    stream.addEventListener('progress', function (event) {
        var number = Number(event.data);
        if (number > wanted) {
            wanted = number;
            refresh();
        }
    });
}());
