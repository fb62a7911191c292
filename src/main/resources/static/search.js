// Completions for the search boxes of the pages (form.search): as one types, the names /api/suggest completes
// appear under the box as links to their pages; arrow keys move through them, Enter follows one, Escape closes them.
// The boxes work without this script: each is a plain GET form to /search.
(function () {
  'use strict';
  var LIMIT = 8;

  function enhance(input, n) {
    var list = document.createElement('ul');
    list.className = 'completions';
    list.id = 'completions-' + n;
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    var timer = null, asked = '', active = -1;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function show(completions) {
      close();
      completions.forEach(function (c, i) {
        var item = document.createElement('li');
        item.id = list.id + '-' + i;
        item.setAttribute('role', 'option');
        var link = document.createElement('a');
        link.href = c.page || c.iri;
        link.textContent = c.label;
        var about = document.createElement('small');
        about.textContent = [c.matched !== c.label ? c.matched : null, c.code, c.scheme, c.type]
          .filter(Boolean).join(' · ');
        link.appendChild(about);
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = completions.length === 0;
      input.setAttribute('aria-expanded', String(completions.length > 0));
    }

    function ask() {
      var q = input.value.trim();
      if (q === asked) {
        return;
      }
      asked = q;
      if (!q) {
        close();
        return;
      }
      fetch('/api/suggest?limit=' + LIMIT + '&q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (completions) {
          if (input.value.trim() === q) {
            show(completions);
          }
        })
        .catch(close);
    }

    function move(step) {
      var items = list.querySelectorAll('li');
      if (items.length === 0) {
        return;
      }
      if (active >= 0) {
        items[active].removeAttribute('aria-selected');
      }
      active = (active + step + items.length) % items.length;
      items[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[active].id);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        move(1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        move(-1);
      } else if (e.key === 'Escape') {
        close();
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.href = list.querySelectorAll('a')[active].href;
      }
    });
    // a click on a completion must not blur the box first (which closes the list)
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    input.addEventListener('blur', close);
    input.addEventListener('focus', function () { asked = ''; });
  }

  document.querySelectorAll('form.search input[name=q]').forEach(enhance);
})();
