/*
 * Career Compare: suggestions under every search box marked data-suggest, following the
 * ARIA combobox pattern with a list popup (arrow keys move through the suggestions, Enter
 * opens the one chosen, Escape closes the list). A box marked data-suggest-fills (the
 * compare form's) takes the title chosen instead of opening its page. Everything works
 * without this script: the boxes are plain forms.
 */
(function () {
  'use strict';

  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function enhance(input) {
    var combo = input.parentNode;
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggested occupations');
    list.hidden = true;
    combo.appendChild(list);

    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    combo.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    var suggestions = [];
    var active = -1;
    var timer = null;
    var asked = null;
    var pending = null;

    function open() {
      if (suggestions.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      choose(-1);
    }

    function choose(index) {
      var options = list.children;
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (index >= 0 && options[index]) {
        options[index].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function go(index) {
      if (input.hasAttribute('data-suggest-fills')) {
        input.value = suggestions[index].title;
        asked = input.value.trim();
        close();
      } else {
        window.location.assign(suggestions[index].path);
      }
    }

    function show(found) {
      suggestions = found;
      active = -1;
      list.textContent = '';
      found.forEach(function (suggestion, index) {
        var option = document.createElement('li');
        option.id = list.id + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        // text, never markup
        option.textContent = suggestion.title;
        if (suggestion.alternate) {
          var alternate = document.createElement('span');
          alternate.className = 'suggestion-alternate';
          alternate.textContent = 'Also called ' + suggestion.alternate;
          option.appendChild(alternate);
        }
        // keep the focus in the box when an option is clicked
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { go(index); });
        list.appendChild(option);
      });
      status.textContent = (found.length === 0) ? 'No suggestions'
        : found.length + (found.length === 1 ? ' suggestion' : ' suggestions') + ': use the up and down arrow keys to choose';
      if (found.length > 0) {
        open();
      } else {
        close();
      }
    }

    function ask() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH) {
        asked = null;
        suggestions = [];
        list.textContent = '';
        status.textContent = '';
        close();
        return;
      }
      if (query === asked) {
        open();
        return;
      }
      asked = query;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(query),
        { headers: { Accept: 'application/json' }, signal: pending.signal })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (query === input.value.trim() && document.activeElement === input) {
            show(found);
          }
        })
        .catch(function () { /* a newer request replaced this one, or the network failed: the form still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      switch (event.key) {
        case 'ArrowDown':
          if (list.hidden) {
            open();
            if (list.hidden) {
              ask();
            } else {
              choose(0);
            }
          } else {
            choose((active + 1) % suggestions.length);
          }
          event.preventDefault();
          break;
        case 'ArrowUp':
          if (!list.hidden) {
            choose(active <= 0 ? suggestions.length - 1 : active - 1);
            event.preventDefault();
          }
          break;
        case 'Enter':
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case 'Escape':
          if (!list.hidden) {
            event.preventDefault();
            close();
          }
          break;
        case 'Tab':
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener('blur', close);
  }

  /*
   * A page of work under way (an import) marked data-reload="seconds": fetch the page again
   * that often and put its main content in place of this one's, until the work is done.
   * Without this script the page reloads itself (a meta refresh in a noscript).
   */
  function follow(working) {
    var seconds = Number(working.getAttribute('data-reload')) || 2;
    function again() {
      fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var main = page.querySelector('main');
          if (main) {
            document.querySelector('main').replaceWith(document.importNode(main, true));
            document.title = page.title;
          }
          if (document.querySelector('[data-reload]')) {
            setTimeout(again, seconds * 1000);
          }
        })
        .catch(function () { window.location.reload(); });
    }
    setTimeout(again, seconds * 1000);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), enhance);
    var working = document.querySelector('[data-reload]');
    if (working) {
      follow(working);
    }
    // a print button needs a script; without one it stays hidden, and the browser's own print is there
    Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
