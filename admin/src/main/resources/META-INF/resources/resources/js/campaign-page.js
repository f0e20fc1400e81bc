/*
 * The campaign page's addressee picker: native checkboxes in a fieldset (they work without this script), narrowed by
 * a filter field, with the number chosen and shown announced in a status line. Enter in the filter would submit the
 * form with its first button, so it only filters.
 */
(function () {
    'use strict';

    function setUp(picker) {
        var filter = picker.querySelector('[data-picker-filter]');
        var status = picker.querySelector('[data-picker-count]');
        var boxes = Array.prototype.slice.call(picker.querySelectorAll('input[type=checkbox]'));
        var labels = boxes.map(function (box) {
            var label = picker.querySelector('label[for="' + CSS.escape(box.id) + '"]');
            return (label ? label.textContent : box.value).toLowerCase();
        });

        function announce() {
            var chosen = boxes.filter(function (box) { return box.checked; }).length;
            var shown = boxes.filter(function (box) { return !rowOf(box).hidden; }).length;
            var text = status.getAttribute('data-selected').replace('{0}', chosen);
            if (shown !== boxes.length) {
                text += ', ' + status.getAttribute('data-shown').replace('{0}', shown).replace('{1}', boxes.length);
            }
            status.textContent = text;
        }

        function rowOf(box) {
            return box.closest('tr') || box.parentNode;
        }

        function narrow() {
            var words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
            boxes.forEach(function (box, i) {
                rowOf(box).hidden = !words.every(function (word) { return labels[i].indexOf(word) >= 0; });
            });
            announce();
        }

        filter.addEventListener('input', narrow);
        filter.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
        picker.addEventListener('change', function (event) {
            if (event.target.type === 'checkbox') {
                announce();
            }
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-addressee-picker]'), setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
