import { expect } from '@open-wc/testing';
import { VirtualWindow } from '../src/controllers/virtual-window.js';

describe('VirtualWindow', () => {
  it('finds the items in view for fixed sizes, with overscan, clamped', () => {
    const w = new VirtualWindow();
    w.setFixed(1000, 40);
    expect(w.total).to.equal(40_000);
    expect(w.range(0, 400, 0)).to.deep.equal({ start: 0, end: 10 });
    expect(w.range(4000, 400, 2)).to.deep.equal({ start: 98, end: 112 });
    expect(w.range(39_900, 400, 3)).to.deep.equal({ start: 994, end: 1000 });
    expect(w.indexAt(1e9)).to.equal(999);
  });

  it('finds items by binary search when sizes vary', () => {
    const w = new VirtualWindow();
    w.setSizes(5, (i) => (i % 2 ? 100 : 50)); // 50,100,50,100,50
    expect([0, 50, 150, 200, 300].map((y) => w.indexAt(y))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(w.indexAt(149)).to.equal(1);
    expect(w.offsetOf(3)).to.equal(200);
    expect(w.sizeOf(3)).to.equal(100);
    expect(w.total).to.equal(350);
    expect(w.range(60, 100, 0)).to.deep.equal({ start: 1, end: 3 });
  });

  it('scrolls as little as needed to show an item, below a sticky header', () => {
    const w = new VirtualWindow();
    w.setFixed(100, 40);
    expect(w.scrollTopFor(5, 0, 400)).to.equal(0); // already visible
    expect(w.scrollTopFor(50, 0, 400)).to.equal(51 * 40 - 400); // bottom edge
    expect(w.scrollTopFor(2, 1000, 400)).to.equal(80); // top edge
    expect(w.scrollTopFor(50, 0, 400, 100)).to.equal(51 * 40 - 300);
  });

  it('is empty without items', () => {
    const w = new VirtualWindow();
    w.setFixed(0, 40);
    expect(w.range(0, 400)).to.deep.equal({ start: 0, end: 0 });
    expect(w.total).to.equal(0);
  });
});
