document.getElementById("root")!.textContent = "Orchestre";
