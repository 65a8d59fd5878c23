"""test_points_alone.py - what a reader of an offline brief notices in its
key points and its slides (`briefcast summarize`, local provider), on
invented pieces:

- a short answer to a question just asked ("Need a new lamp? No need to
  leave the house!") is no key point: alone it answers nothing;
- a sentence of a Portuguese piece that opens on "Isso" ("this") or "Por
  isso" ("that is why") is no key point: it points at what came before;
- a key point of five or more never says the tl;dr's sentence again;
- a long sentence shortened for a key point or a bullet never ends on a
  subordinate clause whose main clause was left out ("..., but if you are
  short of space in the kitchen.");
- a piece with one top heading over several parts gets a slide per part,
  and a part's slide with three sentences besides the key points does not
  repeat the key points the deck shows on their own slide."""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, fail, run  # noqa: E402


def summarize(tmp, name, text, length="medium"):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    p = run(["summarize", "--length", length, path])
    if p.returncode:
        fail("summarize %s: exit %d: %s" % (name, p.returncode,
                                             p.stderr.decode(errors="replace")))
    return json.loads(p.stdout)


def points(s):
    return [k["text"] for k in s["key_points"]]


SHOP = """# Shopping from the sofa

Online shopping changed how households buy their everyday goods, and the
change reached groceries, clothes and furniture within a single decade.
Need a new lamp? No need to leave the house! Want new shoes? No problem!
Have them by tomorrow.

Online grocery shopping now accounts for a growing share of what
households spend on food, and delivery vans crowd the streets of every
city at dawn.

Online retailers compete on delivery speed, and many households now
expect their online orders of clothes and furniture to arrive the next
morning.

Critics of online shopping say that high streets lose their shops when
households move their spending online, and that delivery vans add to
traffic in every city.

Online shopping is here to stay, and households that shop online save
hours every week that they once spent travelling to shops.
"""

LOJA = """# Uma loja de materiais

O professor apresenta uma loja enorme de materiais de leitura para
crianças pequenas nos Estados Unidos.

Isso é muito importante para as crianças pequenas, porque a leitura
fluente leva as crianças à compreensão dos textos.

Por isso a loja vende materiais de leitura para crianças pequenas de
todas as idades.

As crianças pequenas aprendem a leitura com jogos e brincadeiras na
escola desde os três anos de idade.

Os pais compram materiais de leitura para medir quantas palavras as
crianças leem por minuto.

A loja vende também livros de leitura para professores que trabalham
com crianças pequenas na escola.
"""

ROOM = """# Small rooms that work

## How to make the most of a small room

Follow these four ideas to make a small room work for a family.

### Idea 1: Use the walls

Shelves on the walls hold books, toys and baskets without taking any
floor space in a small room. Hooks on the walls hold bags, coats and
hats that would otherwise cover a chair. A pegboard above a desk keeps
pens, tape and scissors in sight and off the desk. A narrow ledge
under the window holds plants and the morning post. A rail behind the
door holds towels and scarves out of the way.

### Idea 2: Pick furniture that does two jobs

A bed with drawers under it stores clothes and bedding where a chest of
drawers would stand. A desk that folds against the wall gives the floor
back to the room after work. A bench with a lid holds shoes and boots
and seats two people by the door.

### Idea 3: Use the door

Racks on the back of the door hold shoes, towels and cleaning things
that would fill a cupboard. Hooks on the door hold dressing gowns and
bags. A mirror on the door makes a small room look twice its size.

### Idea 4: Choose light colours

Pale walls reflect the daylight and make a small room look larger than
it is. Light curtains let the sun in during the day. A single colour on
walls and ceiling hides where the room ends.
"""

KITCHEN = """# Planning a small kitchen

Planning a small kitchen can be a pleasant weekend project for the whole
family, but if you are short of space in the kitchen, or want to keep the
number of kitchen cupboards to a minimum, the question of where to put
every pot and pan quickly becomes overwhelming for the family.

A small kitchen works best when every cupboard in the kitchen holds the
pots and pans the family uses every week.

Hooks under the kitchen shelves hold cups and pans that would otherwise
fill a cupboard in a small kitchen.

A folding table gives the small kitchen its floor back after the family
has eaten.
"""


def main():
    with tempfile.TemporaryDirectory() as tmp:
        s = summarize(tmp, "shop.md", SHOP)
        for t in points(s):
            for bad in ("No need to leave", "No problem", "Have them by"):
                check(bad not in t,
                      "shop: a key point answers a question it does not "
                      "ask: %r" % t)
        # a brief of five points never says its tl;dr again
        if len(points(s)) >= 5:
            for t in points(s):
                check(t.strip() not in s["tldr"],
                      "shop: a key point repeats the tl;dr: %r" % t)

        s = summarize(tmp, "loja.md", LOJA)
        for t in points(s):
            check(not t.startswith(("Isso ", "Por isso ")),
                  "loja: a key point points back at what came before: %r" % t)

        s = summarize(tmp, "room.md", ROOM)
        titles = [sl["title"] for sl in s["slides"]]
        for want in ("Idea 1", "Idea 2", "Idea 3", "Idea 4"):
            check(any(t.startswith(want) for t in titles),
                  "room: no slide for the part %r (slides: %r)" %
                  (want, titles))
        kps = set(points(s))
        # Idea 1 has three sentences besides its key points
        for sl in s["slides"]:
            if not sl["title"].startswith("Idea 1"):
                continue
            for b in sl["bullets"]:
                check(b not in kps,
                      "room: slide %r repeats the key point %r" %
                      (sl["title"], b))

        s = summarize(tmp, "kitchen.md", KITCHEN)
        texts = points(s) + [b for sl in s["slides"] for b in sl["bullets"]]
        check(any(t.startswith("Planning a small kitchen") for t in texts),
              "kitchen: the first paragraph's sentence is in no key point or "
              "bullet: %r" % texts)
        for t in texts:
            check(not t.rstrip().endswith("short of space in the kitchen."),
                  "kitchen: a shortened sentence ends on its 'if' clause, its "
                  "main clause left out: %r" % t)
    print("ok")


if __name__ == "__main__":
    main()
