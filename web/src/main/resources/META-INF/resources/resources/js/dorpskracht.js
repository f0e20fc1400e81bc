/*
 * One small script for every page, because a Faces page is re-rendered whole after each post and the browser then
 * starts at the top: it moves focus to what the post made appear (a field's error, the page's message, the form that
 * opened, the results asked for), announces status changes in a live region, ties field errors to their inputs and
 * opens and closes the phone menu. Without it every page still works; only the focus starts at the top again.
 */
(function () {
    'use strict';
    var REMEMBERED = 'dorpskracht.focusAfterPost';
    var REMEMBERED_FOR_MS = 60000;
    var FIELD = 'input:not([type=hidden]), select, textarea';

    document.documentElement.classList.add('js');

    function onReady(work) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', work);
        } else {
            work();
        }
    }

    function hasText(element) {
        return element && element.textContent.trim().length > 0;
    }

    /* A message next to a field (inside its .field block or right after it) describes that field and marks it invalid. */
    function tieFieldErrors() {
        document.querySelectorAll('main .field').forEach(function (field, index) {
            var input = field.querySelector(FIELD);
            var message = field.querySelector('.error');
            if (!hasText(message) && field.nextElementSibling && field.nextElementSibling.matches('.error')) {
                message = field.nextElementSibling;
            }
            if (!input || !hasText(message)) {
                return;
            }
            if (!message.id) {
                message.id = (input.id || 'field' + index) + ':error';
            }
            input.setAttribute('aria-invalid', 'true');
            var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
            if (described.indexOf(message.id) < 0) {
                described.push(message.id);
            }
            input.setAttribute('aria-describedby', described.join(' '));
        });
    }

    function rememberSubmitter(event) {
        var submitter = event.submitter;
        if (!submitter) {
            return;
        }
        var target = submitter.getAttribute('data-focus-target') || submitter.id;
        if (target) {
            sessionStorage.setItem(REMEMBERED, JSON.stringify({ id: target, at: Date.now() }));
        }
    }

    function remembered() {
        var stored = sessionStorage.getItem(REMEMBERED);
        sessionStorage.removeItem(REMEMBERED);
        if (!stored) {
            return null;
        }
        try {
            var value = JSON.parse(stored);
            return Date.now() - value.at < REMEMBERED_FOR_MS ? document.getElementById(value.id) : null;
        } catch (e) {
            return null;
        }
    }

    /* What the post made appear, most urgent first; null when the page was simply opened. */
    function whatAppeared(posted, pressed) {
        var invalid = document.querySelector('main [aria-invalid=true]');
        if (invalid) {
            return invalid;
        }
        if (!posted) {
            return null;
        }
        var opened = document.querySelector('main [data-focus-on-post]');
        if (opened) {
            return opened.querySelector(FIELD) || opened;
        }
        if (pressed && pressed.hasAttribute('data-focus-wins')) {
            return pressed;
        }
        var messages = Array.prototype.filter.call(document.querySelectorAll('main ul.error, main ul.page-messages'), hasText)[0];
        return messages || pressed;
    }

    function moveFocus(element) {
        if (!element.matches('a[href], button, input, select, textarea, summary, [tabindex]')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus({ preventScroll: true });
        element.scrollIntoView({ block: 'center' });
    }

    /* A live region exists before its text changes, otherwise a screen reader says nothing. */
    function announce(posted) {
        var region = document.getElementById('announcer');
        if (!region || !posted) {
            return;
        }
        var texts = Array.prototype.map.call(document.querySelectorAll('[data-announce]'), function (element) {
            return element.textContent.trim();
        }).filter(Boolean);
        if (texts.length) {
            setTimeout(function () {
                region.textContent = texts.join(' ');
            }, 250);
        }
    }

    function phoneMenu() {
        var button = document.getElementById('menuToggle');
        var menu = document.getElementById('siteMenu');
        if (!button || !menu) {
            return;
        }
        function show(open) {
            button.setAttribute('aria-expanded', String(open));
            menu.classList.toggle('open', open);
        }
        show(false);
        button.hidden = false;
        button.addEventListener('click', function () {
            show(button.getAttribute('aria-expanded') !== 'true');
        });
        menu.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                show(false);
                button.focus();
            }
        });
    }

    onReady(function () {
        var main = document.getElementById('inhoud');
        var posted = (main && main.getAttribute('data-postback') === 'true') || sessionStorage.getItem(REMEMBERED) !== null;
        document.addEventListener('submit', rememberSubmitter, true);
        phoneMenu();
        tieFieldErrors();
        var target = whatAppeared(posted, remembered());
        if (target) {
            moveFocus(target);
        }
        announce(posted);
    });
}());
