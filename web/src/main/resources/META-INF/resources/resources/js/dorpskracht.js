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


    /*
     * The Projectenbank's search field offers titles while one types (a combobox with a listbox): the arrow keys walk
     * the titles, Enter opens the chosen initiative, Escape closes the list. Without the script the field is a plain
     * search field of a GET form. The number of results is announced once the page has loaded.
     */
    function projectSuggestions() {
        var count = document.querySelector('[data-result-count]');
        var region = document.getElementById('announcer');
        if (count && region && new URLSearchParams(location.search).toString() !== '') {
            setTimeout(function () {
                region.textContent = count.textContent.trim();
            }, 250);
        }
        var input = document.querySelector('input[data-suggest]');
        var list = document.getElementById('suggestions');
        if (!input || !list) {
            return;
        }
        var active = -1;
        var timer = null;
        var asked = 0;
        function options() {
            return list.querySelectorAll('[role=option]');
        }
        function close() {
            list.hidden = true;
            list.textContent = '';
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }
        function highlight(index) {
            var all = options();
            if (!all.length) {
                return;
            }
            active = (index + all.length) % all.length;
            all.forEach(function (option, i) {
                option.setAttribute('aria-selected', String(i === active));
            });
            input.setAttribute('aria-activedescendant', all[active].id);
        }
        function show(suggestions) {
            list.textContent = '';
            suggestions.forEach(function (suggestion, i) {
                var option = document.createElement('li');
                option.id = 'suggestion-' + i;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.textContent = suggestion.title;
                option.dataset.href = 'initiatief.xhtml?tenant=' + encodeURIComponent(suggestion.tenant)
                    + '&id=' + encodeURIComponent(suggestion.id);
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    location.href = option.dataset.href;
                });
                list.appendChild(option);
            });
            list.hidden = suggestions.length === 0;
            input.setAttribute('aria-expanded', String(suggestions.length > 0));
            active = -1;
        }
        function ask() {
            var text = input.value.trim();
            if (text.length < 2) {
                close();
                return;
            }
            var ticket = ++asked;
            fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text.slice(0, 200)),
                { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) {
                    return response.ok ? response.json() : [];
                })
                .then(function (suggestions) {
                    if (ticket === asked) {
                        show(suggestions);
                    }
                })
                .catch(close);
        }
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, 200);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' && !list.hidden) {
                event.preventDefault();
                highlight(active + 1);
            } else if (event.key === 'ArrowUp' && !list.hidden) {
                event.preventDefault();
                highlight(active - 1);
            } else if (event.key === 'Escape' && !list.hidden) {
                event.preventDefault();
                close();
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                location.href = options()[active].dataset.href;
            }
        });
        input.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
        var facets = document.getElementById('facets');
        if (facets && window.matchMedia('(max-width: 40em)').matches) {
            facets.open = false;
        }
    }

    onReady(function () {
        var main = document.getElementById('inhoud');
        var posted = (main && main.getAttribute('data-postback') === 'true') || sessionStorage.getItem(REMEMBERED) !== null;
        document.addEventListener('submit', rememberSubmitter, true);
        phoneMenu();
        projectSuggestions();
        tieFieldErrors();
        var target = whatAppeared(posted, remembered());
        if (target) {
            moveFocus(target);
        }
        announce(posted);
    });
}());
