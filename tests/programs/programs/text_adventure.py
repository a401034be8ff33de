# A text-adventure state machine driven by a fixed list of commands.
ROOMS = {
    'hall': {'desc': 'a dusty hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'shelves of old books', 'exits': {'south': 'hall', 'up': 'attic'}, 'items': ['key', 'book']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': ['bread']},
    'cellar': {'desc': 'a damp cellar', 'exits': {'up': 'kitchen'}, 'items': ['chest'], 'dark': True},
    'attic': {'desc': 'a cramped attic', 'exits': {'down': 'library'}, 'items': []},
}


class GameOver(Exception):
    pass


class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
        self.state = 'playing'
        self.chest_open = False

    def look(self):
        r = ROOMS[self.room]
        if r.get('dark') and 'lamp' not in self.inventory:
            return 'It is pitch dark.'
        items = ', '.join(r['items']) or 'nothing'
        exits = ', '.join(sorted(r['exits']))
        return f'You are in {r["desc"]}. You see: {items}. Exits: {exits}.'

    def go(self, direction):
        exits = ROOMS[self.room]['exits']
        if direction not in exits:
            return f'You cannot go {direction}.'
        self.room = exits[direction]
        return self.look()

    def take(self, item):
        items = ROOMS[self.room]['items']
        if item not in items:
            return f'There is no {item} here.'
        if item == 'chest':
            return 'The chest is too heavy.'
        items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.'

    def drop(self, item):
        if item not in self.inventory:
            return f'You have no {item}.'
        self.inventory.remove(item)
        ROOMS[self.room]['items'].append(item)
        return f'Dropped: {item}.'

    def open(self, what):
        if what != 'chest' or 'chest' not in ROOMS[self.room]['items']:
            return 'Nothing to open.'
        if 'key' not in self.inventory:
            return 'The chest is locked.'
        self.chest_open = True
        self.state = 'won'
        raise GameOver('You open the chest and find the treasure!')

    def handle(self, line):
        self.moves += 1
        words = line.lower().split()
        if not words:
            return 'Say something.'
        verb, args = words[0], words[1:]
        handlers = {'look': lambda: self.look(), 'go': lambda: self.go(*args),
                    'take': lambda: self.take(*args), 'drop': lambda: self.drop(*args),
                    'open': lambda: self.open(*args),
                    'inv': lambda: 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')}
        if verb in ROOMS[self.room]['exits']:
            return self.go(verb)
        if verb not in handlers:
            return f'I do not know how to {verb!r}.'
        try:
            return handlers[verb]()
        except TypeError:
            return f'{verb} what?'


game = Game()
script = ['look', 'take lamp', 'go west', 'north', 'take key', 'take sword', 'inv', 'dance', '',
          'go', 'up', 'drop book', 'drop key', 'take key', 'down', 'south', 'east', 'down',
          'take chest', 'open door', 'open chest', 'look']
for cmd in script:
    try:
        print(f'> {cmd}\n{game.handle(cmd)}')
    except GameOver as end:
        print(f'> {cmd}\n{end}')
        break
print('state', game.state, 'moves', game.moves, 'inventory', sorted(game.inventory))
print({name: sorted(r['items']) for name, r in ROOMS.items()})
